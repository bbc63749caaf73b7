using Strangler.Local;

// `dotnet run --project deploy/Strangler.Local [-- --reset] [-- --seed N]`: runs the system locally on SQLite.
return await LocalRun.RunAsync(args, Console.Out, TimeProvider.System);
