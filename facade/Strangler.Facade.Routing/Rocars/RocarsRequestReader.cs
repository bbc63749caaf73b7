using Strangler.Contracts.References;

namespace Strangler.Facade.Routing.Rocars;

/// <summary>Reads a ROCARS POST body (AciSubmission, BundleSubmission) for routing. Never throws; not well formed → null.</summary>
public static class RocarsRequestReader
{
    private static readonly HashSet<string> Wanted =
        ["MessageId", "Function", "Ccrn", "Vrn", RocarsXmlValues.FirstBundledCcrn];

    public static RocarsRequestFacts? Read(ReadOnlySpan<byte> body)
    {
        var document = RocarsXmlValues.Read(body, Wanted);
        if (document is null)
        {
            return null;
        }

        var named = document["Ccrn"];
        var names = ReferenceNumber.TryParse(named, out var reference) && reference!.Kind == ReferenceKind.Ccrn ? reference : null;
        return new RocarsRequestFacts(
            document.Root,
            document.RootInNamespace,
            document["MessageId"],
            document["Function"],
            named,
            names,
            document["Vrn"],
            document[RocarsXmlValues.FirstBundledCcrn]);
    }
}
