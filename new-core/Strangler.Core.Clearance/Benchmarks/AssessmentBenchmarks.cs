using Strangler.Core.Risk.Relationships;
using BenchmarkDotNet.Attributes;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Clearance.Decisions;
using Strangler.Core.Clearance.Relationships;
using Strangler.Core.Clearance.Rules;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Clearance.Benchmarks;

/// <summary>
/// <see cref="StoredClearance.AssessAsync"/> end to end (relationship look-ups, rules, decision and parties written) for new
/// subjects against a stored history of <see cref="HistorySubjects"/> subjects drawn from a shared pool of traders and addresses,
/// 2% of them examined with findings; and the relationship score alone.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private const int Batch = 256;
    private static readonly Strangler.Core.Risk.Rules.RiskRuleSet DefaultRules = Strangler.Core.Hosting.Clearance.DefaultRuleSet.Load();
    private static readonly InMemoryPartyRelationships NoHistory = new([]);
    private const int Traders = 20_000;
    private const int Addresses = 8_000;
    private CoreDatabase _database = null!;
    private StoredClearance _clearance = null!;
    private StoredPartyRelationships _relationships = null!;
    private int _next;
    private string? _sqliteFile;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    [Params(50_000)]
    public int HistorySubjects { get; set; }

    public static IEnumerable<string> Providers() =>
        Environment.GetEnvironmentVariable("STRANGLER_PG") is { Length: > 0 } ? ["Sqlite", "Postgres"] : ["Sqlite"];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        if (_sqliteFile is not null)
        {
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task AssessAndKeep()
    {
        for (var i = 0; i < Batch; i++)
        {
            await _clearance.AssessAsync(Subject(HistorySubjects + Interlocked.Increment(ref _next)));
        }
    }

    // The engine alone: the default rules and random selection over a subject, relationships already scored (no store).
    [Benchmark(OperationsPerInvoke = Batch)]
    public int RulesOnly()
    {
        var rules = DefaultRules;
        var none = NoHistory;
        var stricter = 0;
        for (var i = 0; i < Batch; i++)
        {
            stricter += (int)Strangler.Core.Risk.Assessment.RiskAssessor.Assess(Subject(i * 7), rules, none).Channel;
        }

        return stricter;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task RelationshipScoreOnly()
    {
        for (var i = 0; i < Batch; i++)
        {
            await _relationships.ScoreAsync(Subject(i * 7));
        }
    }

    private async Task SetupAsync()
    {
        string connection;
        if (Provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable("STRANGLER_PG")!;
            var name = "clearance_bench_" + Guid.NewGuid().ToString("N")[..8];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.ExecuteAsync($"CREATE DATABASE {name}");
            }

            connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"clearance-bench-{Guid.NewGuid():N}.db");
            connection = $"Data Source={_sqliteFile}";
        }

        _database = new CoreDatabase(Enum.Parse<CoreStoreProvider>(Provider), connection);
        await _database.MigrateAsync([typeof(ClearanceModule).Assembly]);
        var rules = new StoredRuleStore(_database, TimeProvider.System);
        await rules.EnsureLoadedAsync();
        _relationships = new StoredPartyRelationships(_database, Options.Create(new ClearanceOptions()));
        _clearance = new StoredClearance(_database, rules, _relationships, TimeProvider.System);
        await SeedHistoryAsync();
    }

    // The history goes in as party rows in one transaction: what assessing each subject would have stored.
    private Task SeedHistoryAsync() => _database.WriteAsync(async (c, t) =>
    {
        var rows = Enumerable.Range(0, HistorySubjects).SelectMany(n =>
        {
            var s = Subject(n);
            var findings = n % 50 == 0;
            return s.Parties.Select(p => new
            {
                Kind = s.Kind.ToString(), s.Reference, Role = p.Role.ToString(), Identity = PartyIdentity.Of(p),
                Address = PartyIdentity.AddressOf(p), p.Name, Br = p.BrNumber, Findings = findings,
            });
        });
        foreach (var chunk in rows.Chunk(5_000))
        {
            await c.ExecuteAsync(
                "INSERT INTO core_clearance_party (subject_kind, reference, role, identity, address_key, name, br_number, with_findings) "
                + "VALUES (@Kind, @Reference, @Role, @Identity, @Address, @Name, @Br, @Findings)", chunk, t);
        }

        return true;
    });

    /// <summary>Subject <paramref name="n"/>: deterministic traders from the pool, 1–5 goods lines, a declarant on every third.</summary>
    private static RiskSubject Subject(int n)
    {
        var random = new Random(n);
        SubjectParty Trader(PartyRole role)
        {
            var t = random.Next(Traders);
            return new SubjectParty(role, $"Trader {t} Limited", $"{t % Addresses} Queen's Road Central", "HK", t % 3 == 0 ? (10_000_000 + t).ToString("D8") : null);
        }

        var parties = new List<SubjectParty> { Trader(PartyRole.Consignor), Trader(PartyRole.Consignee) };
        if (n % 3 == 0)
        {
            parties.Add(Trader(PartyRole.Declarant));
        }

        var goods = Enumerable.Range(0, 1 + random.Next(5)).Select(i => new GoodsLine(
            i % 4 == 0 ? "ELECTRONIC COMPONENTS" : "COTTON GARMENTS", random.Next(100) == 0 ? "93020000" : "85423100", "CN",
            random.Next(1, 100_000), random.Next(1, 2_000))).ToList();
        return new RiskSubject(
            SubjectKind.Consignment, $"BENCH{n:D9}", TransportMode.Maritime, TradeDirection.Import,
            new SubjectRoute("CN", "CNSHK", "HKHKG", "HKHKG"), parties, goods, DeclaredTotals.None, DateTimeOffset.UnixEpoch.AddSeconds(n));
    }
}
