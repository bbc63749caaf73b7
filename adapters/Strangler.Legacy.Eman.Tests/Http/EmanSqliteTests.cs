namespace Strangler.Legacy.Eman.Tests.Http;

public sealed class EmanContractSqliteTests : EmanContractTests
{
    protected override Task<EmanStore> CreateStoreAsync() => EmanStore.SqliteAsync();
}

public sealed class EmanStatefulSqliteTests : EmanStatefulTests
{
    protected override Task<EmanStore> CreateStoreAsync() => EmanStore.SqliteAsync();
}
