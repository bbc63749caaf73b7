using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// CUSCAR as the EMAN interface checks it: <c>UNH+…+CUSCAR:D:95B:UN:HKEMAN</c>, BGM code 85, the
/// subset tables of <see cref="CuscarSubset"/>, and the stateless EMAN rules of <see cref="EmanRules"/>.
/// </summary>
public static class CuscarMessageType
{
    public const string Type = "CUSCAR";
    public const string Release = "95B";
    public const string Association = "HKEMAN";
    public const string DocumentCode = "85";

    public static EdifactMessageType Instance { get; } = new()
    {
        Interface = EdifactInterface.Eman,
        Type = Type,
        Release = Release,
        Association = Association,
        DocumentCode = DocumentCode,
        Subset = (message, _) => CuscarSubset.For(message.Body),
        BusinessRules = BusinessRules,
        Summary = Summary,
    };

    /// <summary>
    /// Phase 4 for a message that walked its table cleanly: first the formats the table cannot hold
    /// (an <c>E006</c> there is the only error), then the rules on the mapped manifest.
    /// </summary>
    public static IReadOnlyList<ContractError> BusinessRules(EdifactMessage message, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (CuscarFormats.FirstFault(message.Segments, message.DecimalMark) is { } format)
        {
            return [format];
        }

        return EmanRules.Check(CuscarMapping.Map(message.Segments, message.DecimalMark), context);
    }

    private static IEnumerable<string> Summary(EdifactMessage message, CheckContext context)
    {
        var m = CuscarMapping.Map(message.Segments, message.DecimalMark);
        yield return $"manifest {m.DocumentNumber}, {m.Function}, {m.Statement.Code()} {m.DirectionCode}, " +
            $"carrier {m.CarrierCode}, mode {m.Conveyance.ModeCode}, voyage {m.Conveyance.VoyageNumber}";
        yield return $"{m.PlaceOfLoading} -> {m.PlaceOfDischarge}, {(m.IsArrival ? "arrival" : "departure")} {m.EventDateTime}";
        if (m.EmanRef is { } emanRef)
        {
            yield return $"EMAN ref {emanRef}";
        }

        if (m.Totals is { } t)
        {
            yield return $"{m.Consignments.Count} consignment(s), {m.Equipment.Count} container(s), " +
                $"{t.Packages} package(s), {t.GrossWeight} kg";
        }

        if (StatementTwoLateness.IsLate(m, context.ReceivedAt))
        {
            yield return "Statement 2 lodged late (GIS+LT)";
        }
    }
}
