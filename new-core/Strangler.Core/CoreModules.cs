using Strangler.Core.Accs;
using Strangler.Core.Api;
using Strangler.Core.Clearance;
using Strangler.Core.Eman;
using Strangler.Core.Gets;
using Strangler.Core.Hosting;
using Strangler.Core.PostClearance;
using Strangler.Core.Rocars;

namespace Strangler.Core;

/// <summary>Every module of the core service, in the order their endpoints are mapped.</summary>
public static class CoreModules
{
    public static IReadOnlyList<ICoreModule> All() =>
    [
        new ClearanceModule(),
        new GetsModule(),
        new EmanModule(),
        new RocarsModule(),
        new AccsModule(),
        new ApiModule(),
        new PostClearanceModule(),
    ];
}
