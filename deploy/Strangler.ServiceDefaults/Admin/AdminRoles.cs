namespace Strangler.ServiceDefaults.Admin;

/// <summary>The roles of admin and console users, and the policies endpoints require.</summary>
public static class AdminRoles
{
    /// <summary>The migration team: may read and change (stages, rules, backfills).</summary>
    public const string Operator = "operator";

    /// <summary>Read-only: parity reports, change logs, decisions.</summary>
    public const string Auditor = "auditor";

    /// <summary>Policy for reading admin data: operator or auditor.</summary>
    public const string ReadPolicy = "admin-read";

    /// <summary>Policy for changing anything: operator only.</summary>
    public const string ChangePolicy = "admin-change";
}
