using Strangler.CargoImp.Lines;

namespace Strangler.CargoImp.Fwb;

/// <summary>Writes an <see cref="FwbMessage"/> in its canonical form: the subset's lines in order, CRLF after each.</summary>
internal static class FwbWriter
{
    public static void Write(FwbMessage m, LineWriter w)
    {
        w.Line(CargoImpMessageType.Fwb.Identifier());
        w.Line(m.Waybill.Text);
        w.Line($"FLT/{m.Flight.Carrier}{m.Flight.Number}/{m.Flight.Day:D2}");
        if (m.Routing is { } routing)
        {
            w.Line($"RTG/{routing.Airport}{routing.Carrier}");
        }

        Party(w, "SHP", m.Shipper);
        Party(w, "CNE", m.Consignee);
        if (m.Charges is { } c)
        {
            w.Line($"CVD/{c.Currency}//{c.ChargeCode}/{c.CarriageValue}/{c.CustomsValue}/{c.Insurance}");
        }

        w.Line("NG/" + m.NatureOfGoods);
        foreach (var hts in m.HtsCodes)
        {
            w.Line("HTS/" + hts);
        }
    }

    private static void Party(LineWriter w, string header, FwbParty p)
    {
        w.Line(header);
        w.Line("NAM/" + p.Name);
        w.Line("ADR/" + p.Address);
        w.Line("LOC/" + p.Place);
        w.Line(p.PostCode is null ? "/" + p.Country : $"/{p.Country}/{p.PostCode}");
    }
}
