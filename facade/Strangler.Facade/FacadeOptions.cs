using Strangler.Facade.ControlPlane;
using Strangler.Facade.Routing;

namespace Strangler.Facade;

/// <summary>The facade's settings (section <c>Facade</c>).</summary>
public sealed class FacadeOptions
{
    public const string SectionName = "Facade";

    /// <summary>Base URLs of the legacy systems, per interface (<c>Facade:Legacy:Gets</c> …).</summary>
    public Dictionary<string, string> Legacy { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Base URL of the new core (one service for all four interfaces).</summary>
    public string Core { get; set; } = "";

    /// <summary>The credential both systems accept as the facade's (<c>X-Strangler-Facade</c>); never in a file in the repository.</summary>
    public string Credential { get; set; } = "";

    public ControlPlaneSettings ControlPlane { get; set; } = new();

    public MirrorSettings Mirror { get; set; } = new();

    public GateSettings Gates { get; set; } = new();

    /// <summary>The chain folder of parity reports auditors read through <c>/admin/v1/reports</c> (optional).</summary>
    public string? ReportsFolder { get; set; }


    public Uri LegacyUrl(ContractInterface contractInterface) =>
        new(Legacy.TryGetValue(contractInterface.ToString(), out var url) ? url : throw new InvalidOperationException($"Facade:Legacy:{contractInterface} is not set."));

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var contractInterface in ContractInterfaces.All)
        {
            if (!Legacy.TryGetValue(contractInterface.ToString(), out var url) || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                problems.Add($"Facade:Legacy:{contractInterface} must be an absolute URL.");
            }
        }

        if (!Uri.TryCreate(Core, UriKind.Absolute, out _))
        {
            problems.Add("Facade:Core must be an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(Credential))
        {
            problems.Add("Facade:Credential must be set (the systems honour facade headers only with it).");
        }

        if (!Enum.TryParse<ControlPlaneProvider>(ControlPlane.Provider, ignoreCase: true, out _) || string.IsNullOrWhiteSpace(ControlPlane.ConnectionString))
        {
            problems.Add("Facade:ControlPlane needs Provider (Sqlite or Postgres) and ConnectionString.");
        }

        if (!string.IsNullOrWhiteSpace(Gates.Reconciliation.WorkerUrl) &&
            (!Uri.TryCreate(Gates.Reconciliation.WorkerUrl, UriKind.Absolute, out _) || string.IsNullOrWhiteSpace(Gates.Reconciliation.Token) || Gates.Reconciliation.MaxAgeHours <= 0))
        {
            problems.Add("Facade:Gates:Reconciliation needs an absolute WorkerUrl, a Token and MaxAgeHours > 0 (or no WorkerUrl at all).");
        }

        if (Mirror.QueueCapacity < 1 || Mirror.Lanes < 1 || Mirror.TimeoutSeconds <= 0)
        {
            problems.Add("Facade:Mirror needs QueueCapacity ≥ 1, Lanes ≥ 1 and TimeoutSeconds > 0.");
        }

        return problems;
    }

    public sealed class ControlPlaneSettings
    {
        public string Provider { get; set; } = "Sqlite";

        public string ConnectionString { get; set; } = "";

        /// <summary>How often a replica looks for a newer routing revision.</summary>
        public int PollMilliseconds { get; set; } = 1000;
    }

    public sealed class MirrorSettings
    {
        /// <summary>Mirrored requests waiting in memory, over all lanes; beyond it a mirror is skipped (reads) or left to the outbox (writes).</summary>
        public int QueueCapacity { get; set; } = 2000;

        /// <summary>Parallel mirror lanes; a client key always uses the same lane, so its requests stay in order.</summary>
        public int Lanes { get; set; } = 4;

        public double TimeoutSeconds { get; set; } = 10;

        /// <summary>How often the outbox is swept for mirrored writes not yet delivered.</summary>
        public double SweepSeconds { get; set; } = 2;

        /// <summary>The first delivery attempt of a write waits this long before the sweeper may take it over.</summary>
        public double LeaseSeconds { get; set; } = 30;

        /// <summary>Longest wait between two delivery attempts of a write (the wait doubles from 1 s).</summary>
        public double MaxBackoffSeconds { get; set; } = 30;
    }

    public sealed class GateSettings
    {
        public int MinComparisons { get; set; } = 100;

        public double MinParityRate { get; set; } = 0.99;

        /// <summary>The new core's error rate may exceed legacy's by at most this much.</summary>
        public double MaxErrorRateExcess { get; set; } = 0.001;

        public double WindowHours { get; set; } = 24;

        /// <summary>Where the "backfill reconciled" gate asks (<c>Facade:Gates:Reconciliation</c>).</summary>
        public ReconciliationSettings Reconciliation { get; set; } = new();
    }

    public sealed class ReconciliationSettings
    {
        /// <summary>The migration worker's base URL; empty: the gate is listed as not evaluated.</summary>
        public string WorkerUrl { get; set; } = "";

        /// <summary>A read-role admin token of the worker; from the environment or a secret store, never a file in the repository.</summary>
        public string Token { get; set; } = "";

        /// <summary>The latest whole-span reconciliation must be at most this old (the nightly run plus slack).</summary>
        public double MaxAgeHours { get; set; } = 26;
    }
}
