using Strangler.Contracts.References;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.References;

namespace Strangler.Core.Store.Tests;

/// <summary>New-core block numbering, run on each provider by a subclass.</summary>
public abstract class ReferenceNumberTests
{
    private static readonly DateOnly Day = new(2026, 3, 16);

    protected abstract CoreDatabase Database { get; }

    [Fact]
    public async Task The_first_number_of_a_day_starts_the_new_core_block_and_the_next_follows()
    {
        var numbers = new ReferenceNumbers(Database);
        var name = Unique();

        Assert.Equal(5_000_000, await numbers.NextAsync(name, Day, 7));
        Assert.Equal(5_000_001, await numbers.NextAsync(name, Day, 7));
        Assert.Equal(5_000_000, await numbers.NextAsync(name, Day.AddDays(1), 7));
        Assert.Equal(IssuerBlock.NewCore, IssuerBlocks.FromDigit((await numbers.NextAsync(name, Day, 7)).ToString()[0]));
    }

    [Fact]
    public async Task A_used_up_block_is_an_error_and_never_gives_a_legacy_number()
    {
        var numbers = new ReferenceNumbers(Database);
        var name = Unique();

        var issued = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            issued.Add(await numbers.NextAsync(name, Day, 1));
        }

        Assert.Equal([5, 6, 7, 8, 9], issued);
        var exhausted = await Assert.ThrowsAsync<ReferenceBlockExhaustedException>(() => numbers.NextAsync(name, Day, 1));
        Assert.Equal(name, exhausted.Name);
        await Assert.ThrowsAsync<ReferenceBlockExhaustedException>(() => numbers.NextAsync(name, Day, 1));
    }

    [Fact]
    public async Task Concurrent_callers_get_distinct_consecutive_numbers()
    {
        var numbers = new ReferenceNumbers(Database);
        var name = Unique();

        var taken = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => numbers.NextAsync(name, Day, 6))));

        Assert.Equal(Enumerable.Range(500_000, 100).Select(n => (long)n), taken.Order());
    }

    private static string Unique() => "seq" + Guid.NewGuid().ToString("N")[..12];
}
