using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Lines;

namespace Strangler.CargoImp;

/// <summary>
/// The canonical encoder of FWB, FHL and FFM: the subset's lines in order, each ended with CRLF,
/// air waybill lines as received. Decoding a canonical message and writing it gives the same bytes.
/// </summary>
public static class CargoImpWriter
{
    public static byte[] Write(CargoImpMessage message)
    {
        var w = new LineWriter();
        switch (message)
        {
            case FwbMessage fwb:
                FwbWriter.Write(fwb, w);
                break;
            case FhlMessage fhl:
                FhlWriter.Write(fhl, w);
                break;
            case FfmMessage ffm:
                FfmWriter.Write(ffm, w);
                break;
            default:
                throw new ArgumentException($"Unknown Cargo-IMP message {message?.GetType().Name}.", nameof(message));
        }

        return w.ToBytes();
    }
}
