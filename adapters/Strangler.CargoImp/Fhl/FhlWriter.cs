using Strangler.CargoImp.Lines;

namespace Strangler.CargoImp.Fhl;

/// <summary>Writes an <see cref="FhlMessage"/> in its canonical form, CRLF after each line.</summary>
internal static class FhlWriter
{
    public static void Write(FhlMessage m, LineWriter w)
    {
        w.Line(CargoImpMessageType.Fhl.Identifier());
        w.Line("MBI/" + m.Master.Text);
        foreach (var h in m.Houses)
        {
            w.Line($"HBS/{h.Number}/{h.Origin}{h.Destination}/{h.Pieces}/K{h.WeightText}/{h.Slac}/{h.NatureOfGoods}");
            foreach (var txt in h.Descriptions)
            {
                w.Line("TXT/" + txt);
            }

            foreach (var hts in h.HtsCodes)
            {
                w.Line("HTS/" + hts);
            }
        }
    }
}
