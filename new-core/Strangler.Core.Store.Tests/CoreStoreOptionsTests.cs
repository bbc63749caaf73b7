using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Tests;

public sealed class CoreStoreOptionsTests
{
    [Fact]
    public void An_unknown_provider_and_a_missing_connection_string_are_both_reported()
    {
        var problems = new CoreStoreOptions { Provider = "Oracle" }.Validate();

        Assert.Equal(
            ["CoreStore:Provider 'Oracle' is not Sqlite or Postgres.", "CoreStore:ConnectionString is required."],
            problems);
        Assert.Throws<InvalidOperationException>(() => new CoreDatabase(new CoreStoreOptions { Provider = "Oracle" }));
    }

    [Fact]
    public void The_provider_is_read_case_insensitively()
    {
        Assert.Equal(CoreStoreProvider.Postgres, new CoreStoreOptions { Provider = "postgres" }.ParsedProvider);
        Assert.Empty(new CoreStoreOptions { ConnectionString = "Data Source=x.db" }.Validate());
    }
}
