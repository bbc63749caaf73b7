using System.Globalization;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Time;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cusdec;

/// <summary>CUSDEC as the GETS interface receives it: <c>CUSDEC:D:96B:UN:HKTDEC</c>, BGM 830.</summary>
public static class CusdecMessageType
{
    public const string Type = "CUSDEC";
    public const string Release = "96B";
    public const string Association = "HKTDEC";

    public static EdifactMessageType Instance { get; } = new()
    {
        Interface = EdifactInterface.Gets,
        Type = Type,
        Release = Release,
        Association = Association,
        DocumentCode = GetsCodes.DocumentCode,
        Subset = (message, context) => CusdecSubset.For(FunctionCodeOf(message), context.Profile),
        BusinessRules = (message, context) => CusdecRules.Check(CusdecMapper.Map(message), context),
        Summary = Summary,
    };

    // The function decides the table; BGM is the second segment when the message is well formed.
    private static string FunctionCodeOf(EdifactMessage message) =>
        message.Segments.Count > 2 && message.Segments[1].Tag == "BGM" ? message.Segments[1].Value(3) : string.Empty;

    private static IEnumerable<string> Summary(EdifactMessage message, CheckContext context)
    {
        var d = CusdecMapper.Map(message);
        var value = GetsCharges.TotalValue(d);
        var money = GetsCharges.For(d, HongKongTime.Date(context.ReceivedAt));
        yield return $"LRN {d.Lrn}, function {d.FunctionCode}, form {d.FormCode}{(d.PreShipment ? " (pre-shipment)" : string.Empty)}, " +
            $"mode {d.ModeCode ?? "-"}, {d.Items.Count} item(s), value {value.ToString("0.00", CultureInfo.InvariantCulture)} HKD";
        if (money is not null)
        {
            yield return $"charge {money.Charge:0.00}" + (money.Penalty is { } p ? $", penalty {p:0.00}" : string.Empty) +
                (money.Levy is { } l ? $", levy {l:0.00}" : string.Empty);
        }
    }
}
