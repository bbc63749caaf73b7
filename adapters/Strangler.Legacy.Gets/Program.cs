using Strangler.Legacy.Gets;
using Strangler.Legacy.Platform.Hosting;

return await StandInHost.RunAsync<GetsStandIn>(args);
