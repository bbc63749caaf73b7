using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Rocars;

return await StandInHost.RunAsync<RocarsStandIn>(args);
