namespace Strangler.Parity.Data;

/// <summary>
/// Compares two stores as data-diff does: counts and checksums per key range, mismatching ranges cut into
/// <see cref="DataParityOptions.FanOut"/> parts at keys sampled from the larger side, recursively, until a range is small
/// enough to compare record by record.
/// </summary>
public static class DataParity
{
    public static async Task<DataParityResult> CompareAsync(
        IParitySource legacy,
        IParitySource core,
        KeyRange whole,
        DataParityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(legacy);
        ArgumentNullException.ThrowIfNull(core);
        options ??= new DataParityOptions();
        options.Validate();
        if (!string.Equals(legacy.HashScheme, core.HashScheme, StringComparison.Ordinal))
        {
            // Different schemes never agree, so every range would bisect down to "all records differ".
            throw new ArgumentException(
                $"The sides hash rows differently ('{legacy.HashScheme}' and '{core.HashScheme}'); use the same kind of source on both.",
                nameof(core));
        }

        var started = options.TimeProvider.GetTimestamp();
        var differences = new List<DataDifference>();
        var ranges = new List<RangeComparison>();
        var pending = new Stack<(KeyRange Range, int Depth)>();
        pending.Push((whole, 0));

        while (pending.Count > 0)
        {
            var (range, depth) = pending.Pop();
            var legacySummary = legacy.SummariseAsync(range, cancellationToken);
            var coreSummary = core.SummariseAsync(range, cancellationToken);
            var (l, c) = (await legacySummary, await coreSummary);
            if (l == c)
            {
                ranges.Add(new RangeComparison(range, depth, l, c, RangeOutcome.Equal, 0));
                continue;
            }

            var larger = l.Count >= c.Count ? (Source: legacy, Summary: l) : (Source: core, Summary: c);
            if (larger.Summary.Count > options.BisectionThreshold && depth < options.MaxDepth)
            {
                var keys = await larger.Source.SplitKeysAsync(range, larger.Summary.Count, options.FanOut, cancellationToken);
                var parts = range.SplitAt(keys);
                if (parts.Count > 1)
                {
                    ranges.Add(new RangeComparison(range, depth, l, c, RangeOutcome.Split, 0));

                    // Pushed in reverse so ranges are visited, and differences found, in key order.
                    for (var i = parts.Count - 1; i >= 0; i--)
                    {
                        pending.Push((parts[i], depth + 1));
                    }

                    continue;
                }
            }

            var found = await RowDiff.CompareAsync(legacy, core, range, cancellationToken);
            differences.AddRange(found);
            ranges.Add(new RangeComparison(range, depth, l, c, RangeOutcome.Diffed, found.Count));
        }

        // The whole range is always visited first.
        var first = ranges[0];
        return new DataParityResult(
            whole,
            first.Legacy.Count,
            first.Core.Count,
            RowDiff.Reconcile(differences),
            ranges,
            options.TimeProvider.GetElapsedTime(started));
    }
}
