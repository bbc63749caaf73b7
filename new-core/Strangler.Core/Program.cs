using Strangler.Core;

await using var app = CoreHost.Build(args);
await app.RunAsync();
