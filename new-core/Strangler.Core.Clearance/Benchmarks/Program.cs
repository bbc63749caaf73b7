using BenchmarkDotNet.Running;

// dotnet run -c Release --project new-core/Strangler.Core.Clearance/Benchmarks -- --filter '*' --job short
// PostgreSQL too when STRANGLER_PG names a server (a fresh database is created on it).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
