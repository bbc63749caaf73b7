using Strangler.Legacy.Accs;
using Strangler.Legacy.Platform.Hosting;

return await StandInHost.RunAsync<AccsStandIn>(args);
