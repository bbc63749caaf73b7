using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Store.Database;

namespace Strangler.Migration.Legacy.Tests.Rocars;

/// <summary>
/// Compares what a legacy reader yields with what the new core stored (<c>core_document_version.canonical_form</c>), on
/// the canonical lines minus exactly the reader's not-held paths, and describes every difference.
/// </summary>
internal static class CanonicalParity
{
    public static async Task<Dictionary<string, List<string>>> CoreFormsAsync(DbConnection core, params string[] kinds)
    {
        var rows = await core.QueryAsync<(string Reference, string Kind, int Version, byte[] Form)>(
            "SELECT d.reference, d.kind, v.version_no, v.canonical_form FROM core_document d JOIN core_document_version v ON v.document_id = d.id " +
            "WHERE d.kind IN @Kinds ORDER BY d.reference, v.version_no", new { Kinds = kinds });
        return rows.GroupBy(r => r.Reference).ToDictionary(g => g.Key, g => g.Select(r => Encoding.UTF8.GetString(r.Form)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The core's forms once it holds as many versions as <paramref name="legacy"/>, or after 30 s (for the diff to show).</summary>
    public static async Task<Dictionary<string, List<string>>> CoreFormsEventuallyAsync(
        CoreDatabase database, Dictionary<string, List<string>> legacy, params string[] kinds)
    {
        var expected = legacy.Values.Sum(v => v.Count);
        for (var attempt = 0; ; attempt++)
        {
            await using var core = await database.OpenAsync();
            var forms = await CoreFormsAsync(core, kinds);
            if (forms.Values.Sum(v => v.Count) >= expected || attempt == 150)
            {
                return forms;
            }

            await Task.Delay(200);
        }
    }

    public static async Task<List<LegacyRead>> ReadAllAsync(ILegacyDocumentReader reader, DbConnection legacy, LegacySelection selection)
    {
        var reads = new List<LegacyRead>();
        await foreach (var read in reader.ReadAsync(legacy, selection))
        {
            reads.Add(read);
        }

        return reads;
    }

    public static Dictionary<string, List<string>> LegacyForms(IEnumerable<LegacyRead> reads) =>
        reads.Where(r => r.Document is not null)
            .ToDictionary(r => r.Document!.Reference, r => r.Document!.Versions.Select(v => Encoding.UTF8.GetString(CanonicalForm.Of(v))).ToList(), StringComparer.Ordinal);

    /// <summary>Every difference between the two sets of documents, one line each; empty when they are equal.</summary>
    public static List<string> Differences(
        Dictionary<string, List<string>> legacy, Dictionary<string, List<string>> core, IReadOnlyList<NotHeldField> notHeld)
    {
        var ignored = notHeld.Select(f => new Regex("^" + Regex.Escape(f.Path).Replace(@"\[\*]", @"\[[0-9]+]", StringComparison.Ordinal) + @"(\.|=|\[|$)"))
            .ToList();
        var differences = new List<string>();
        foreach (var reference in legacy.Keys.Except(core.Keys).Order(StringComparer.Ordinal))
        {
            differences.Add($"{reference}: only in legacy");
        }

        foreach (var reference in core.Keys.Except(legacy.Keys).Order(StringComparer.Ordinal))
        {
            differences.Add($"{reference}: only in the core");
        }

        foreach (var reference in legacy.Keys.Intersect(core.Keys).Order(StringComparer.Ordinal))
        {
            var (l, c) = (legacy[reference], core[reference]);
            if (l.Count != c.Count)
            {
                differences.Add($"{reference}: {l.Count} versions in legacy, {c.Count} in the core");
                continue;
            }

            for (var i = 0; i < l.Count; i++)
            {
                var legacyLines = Lines(l[i], ignored);
                var coreLines = Lines(c[i], ignored);
                if (!legacyLines.SequenceEqual(coreLines))
                {
                    differences.Add($"{reference} v{i + 1}: legacy has [{string.Join(" | ", legacyLines.Except(coreLines))}], " +
                                    $"the core [{string.Join(" | ", coreLines.Except(legacyLines))}]");
                }
            }
        }

        return differences;
    }

    private static List<string> Lines(string form, List<Regex> ignored) =>
        form.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith("document.", StringComparison.Ordinal) || !ignored.Any(r => r.IsMatch(line)))
            .ToList();
}
