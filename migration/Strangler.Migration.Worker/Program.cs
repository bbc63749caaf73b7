// The migration worker host; see README.md. The backfill engine (Strangler.Migration) runs the chunks.
using Strangler.Migration.Hosting;
using Strangler.Migration.Worker;

await WorkerHost.Build(args, builder => builder.Services.AddBackfillEngine(builder.Configuration)).RunAsync();
