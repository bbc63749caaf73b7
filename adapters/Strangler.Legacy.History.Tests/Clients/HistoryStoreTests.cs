using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;

namespace Strangler.Legacy.History.Tests.Clients;

public sealed class HistoryStoreTests
{
    [Theory]
    [InlineData("sqlite:/tmp/history", "sqlite", "/tmp/history")]
    [InlineData("postgres:Host=127.0.0.1;Database=x", "postgres", "Host=127.0.0.1;Database=x")]
    [InlineData("SQLite: data ", "sqlite", "data")]
    public void A_store_names_its_provider_and_location(string text, string provider, string location)
    {
        Assert.True(HistoryStore.TryParse(text, out var store, out _));
        Assert.Equal(new HistoryStore(provider, location), store);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("oracle:x")]
    [InlineData("sqlite:")]
    [InlineData("/tmp/history")]
    public void Anything_else_is_refused_with_the_usage(string? text)
    {
        Assert.False(HistoryStore.TryParse(text, out _, out var problem));
        Assert.Equal("--store must be sqlite:<folder> or postgres:<connection string>.", problem);
    }

    [Fact]
    public void A_sqlite_store_keeps_one_file_per_stand_in()
    {
        var store = new HistoryStore(HistoryStore.Sqlite, "/tmp/history");

        Assert.Equal("Data Source=/tmp/history/gets.db", store.ConnectionStringFor("gets"));
    }

    [Fact]
    public void Scales_grow_from_hundreds_of_documents_to_millions()
    {
        Assert.Equal(2 * 44, HistoryScale.Small.Days() * HistoryScale.Small.Volumes().Total);
        Assert.True(HistoryScale.Large.Days() * HistoryScale.Large.Volumes().Total > 1_000_000);
        Assert.True(HistoryScales.TryParse("Medium", out var medium));
        Assert.Equal(HistoryScale.Medium, medium);
        Assert.False(HistoryScales.TryParse("huge", out _));
    }
}
