using BenchmarkDotNet.Running;

// Runs the codec benchmarks: `dotnet run -c Release --project adapters/Strangler.Codecs.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
