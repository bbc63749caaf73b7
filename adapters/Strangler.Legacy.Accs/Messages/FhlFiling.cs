using Dapper;
using Strangler.CargoImp.Fhl;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// Files an accepted FHL as a new <c>ACC_FHL</c> version of its master's house list with its
/// <c>ACC_FHL_HOUSE</c> rows: the latest version replaces the list entirely, older ones are kept. The
/// master need not be known yet (an FHL may come before its FWB) and no action code changes.
/// </summary>
internal static class FhlFiling
{
    // TXT lines of a house in one column, separated by a character Cargo-IMP cannot carry (a legacy quirk).
    public const char TextSeparator = '|';

    public static async Task FileAsync(AccsSession s, FhlMessage fhl, string receiptNo, string clientKey)
    {
        var awbNo = fhl.Master.Number;
        var version = 1 + await s.Connection.ExecuteScalarAsync<int>(s.Command(
            "SELECT COALESCE(MAX(VERSION_NO), 0) FROM ACC_FHL WHERE AWB_NO = @awbNo", new { awbNo }));
        var fhlId = await s.NextIdAsync("ACC_FHL");
        await s.Connection.ExecuteAsync(s.Command(
            "INSERT INTO ACC_FHL (FHL_ID, AWB_NO, VERSION_NO, MASTER_LINE, HOUSE_COUNT, CLIENT_KEY, RECEIPT_NO, RECEIVED_AT) " +
            "VALUES (@fhlId, @awbNo, @version, @line, @count, @clientKey, @receiptNo, @at)",
            new { fhlId, awbNo, version, line = fhl.Master.Text, count = fhl.Houses.Count, clientKey, receiptNo, at = s.ReceivedAt }));

        for (var i = 0; i < fhl.Houses.Count; i++)
        {
            var h = fhl.Houses[i];
            await s.Connection.ExecuteAsync(s.Command(
                "INSERT INTO ACC_FHL_HOUSE (FHL_ID, SEQ_NO, HOUSE_NO, ORIGIN, DESTINATION, PIECES, WEIGHT_KG, SLAC, NATURE_OF_GOODS, TXT_LINES, HTS_CODES) " +
                "VALUES (@fhlId, @seq, @number, @origin, @destination, @pieces, @weight, @slac, @goods, @txt, @hts)",
                new
                {
                    fhlId, seq = i + 1, number = h.Number, origin = h.Origin, destination = h.Destination, pieces = h.Pieces,
                    weight = h.WeightText, slac = string.IsNullOrEmpty(h.Slac) ? null : h.Slac, goods = h.NatureOfGoods,
                    txt = h.Descriptions.Count == 0 ? null : string.Join(TextSeparator, h.Descriptions),
                    hts = h.HtsCodes.Count == 0 ? null : string.Join(' ', h.HtsCodes),
                }));
        }
    }
}
