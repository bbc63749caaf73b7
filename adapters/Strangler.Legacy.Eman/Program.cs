using Strangler.Legacy.Eman;
using Strangler.Legacy.Platform.Hosting;

return await StandInHost.RunAsync<EmanStandIn>(args);
