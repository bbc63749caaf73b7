using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Store.Database;

namespace Strangler.Migration.Legacy.Tests.Gets;

/// <summary>Reads both stores and compares them on the canonical form, leaving out exactly the reader's not-held paths.</summary>
internal static class LegacyParity
{
    public static async Task<List<LegacyRead>> ReadAllAsync(ILegacyDocumentReader reader, DbConnection connection, LegacySelection selection)
    {
        var reads = new List<LegacyRead>();
        await foreach (var read in reader.ReadAsync(connection, selection))
        {
            reads.Add(read);
        }

        return reads;
    }

    /// <summary>The core's canonical forms per reference of <paramref name="kind"/>, versions in ascending number.</summary>
    public static async Task<Dictionary<string, List<string>>> CoreAsync(CoreDatabase database, string kind)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string Reference, long Version, byte[] Form)>("""
            SELECT d.reference, v.version_no, v.canonical_form
              FROM core_document d JOIN core_document_version v ON v.document_id = d.id
             WHERE d.kind = @Kind
             ORDER BY d.reference, v.version_no
            """, new { Kind = kind });
        return rows.GroupBy(r => r.Reference).ToDictionary(g => g.Key, g => g.Select(r => Encoding.UTF8.GetString(r.Form)).ToList());
    }

    /// <summary>The legacy side: each mapped document's versions as canonical text.</summary>
    public static Dictionary<string, List<string>> Legacy(IEnumerable<LegacyRead> reads) =>
        reads.Where(r => r.Document is not null).ToDictionary(
            r => r.Document!.Reference, r => r.Document!.Versions.Select(v => Encoding.UTF8.GetString(CanonicalForm.Of(v))).ToList());

    /// <summary>The canonical text without the lines of <paramref name="notHeld"/> paths (and the paths below them).</summary>
    public static string Without(string canonical, IEnumerable<NotHeldField> notHeld)
    {
        var patterns = notHeld.Select(n => new Regex("^" + Regex.Escape(n.Path).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal) + @"(\.|\[|=|$)"))
            .ToList();
        return string.Join('\n', canonical.Split('\n').Where(line => !patterns.Any(p => p.IsMatch(line))));
    }

    /// <summary>Every version of every document both hold is equal (without the not-held paths); the sets of references are equal.</summary>
    public static void AssertEqual(
        Dictionary<string, List<string>> legacy, Dictionary<string, List<string>> core, IReadOnlyList<NotHeldField> notHeld)
    {
        var differences = new StringBuilder();
        foreach (var (reference, versions) in legacy.Where(l => core.ContainsKey(l.Key)))
        {
            var coreVersions = core[reference];
            if (versions.Count != coreVersions.Count)
            {
                differences.AppendLine($"{reference}: legacy has {versions.Count} versions, core {coreVersions.Count}");
                continue;
            }

            for (var i = 0; i < versions.Count; i++)
            {
                var a = Without(versions[i], notHeld).Split('\n');
                var b = Without(coreVersions[i], notHeld).Split('\n');
                foreach (var line in a.Except(b))
                {
                    differences.AppendLine($"{reference} v{i + 1} legacy: {line}");
                }

                foreach (var line in b.Except(a))
                {
                    differences.AppendLine($"{reference} v{i + 1} core:   {line}");
                }

                if (!a.SequenceEqual(b) && a.Except(b).Concat(b.Except(a)).Any() == false)
                {
                    differences.AppendLine($"{reference} v{i + 1}: same lines in another order");
                }
            }
        }

        Assert.True(differences.Length == 0, differences.ToString());
        Assert.Equal(core.Keys.Order(StringComparer.Ordinal), legacy.Keys.Order(StringComparer.Ordinal));
    }
}
