using System.Text.RegularExpressions;

namespace Strangler.ServiceDefaults.Admin;

/// <summary>The <c>Admin</c> section: the users allowed on admin and console endpoints.</summary>
public sealed partial class AdminOptions
{
    public const string SectionName = "Admin";

    public List<AdminUserOptions> Users { get; set; } = [];

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Users.Count; i++)
        {
            var user = Users[i];
            if (string.IsNullOrWhiteSpace(user.Name) || !names.Add(user.Name))
            {
                problems.Add($"Admin:Users:{i}:Name is empty or repeated.");
            }

            if (user.Role is not (AdminRoles.Operator or AdminRoles.Auditor))
            {
                problems.Add($"Admin:Users:{i}:Role must be '{AdminRoles.Operator}' or '{AdminRoles.Auditor}'.");
            }

            if (!Sha256Hex().IsMatch(user.TokenSha256 ?? "") || !hashes.Add(user.TokenSha256!))
            {
                problems.Add($"Admin:Users:{i}:TokenSha256 must be 64 hex digits, unique.");
            }
        }

        return problems;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{64}$")]
    private static partial Regex Sha256Hex();
}
