using Strangler.Migration.Legacy.Accs;
using Strangler.Migration.Legacy.Eman;
using Strangler.Migration.Legacy.Gets;
using Strangler.Migration.Legacy.Rocars;

namespace Strangler.Migration.Legacy;

/// <summary>The reader of every legacy interface, in contract order (GETS, EMAN, ROCARS, ACCS).</summary>
public static class LegacyReaders
{
    public static IReadOnlyList<ILegacyDocumentReader> All { get; } =
        [new GetsLegacyReader(), new EmanLegacyReader(), new RocarsLegacyReader(), new AccsLegacyReader()];
}
