using Strangler.Core;
using Strangler.Core.Hosting;

await using var app = CoreHost.Build(args, CoreModules.All());
await app.RunAsync();
