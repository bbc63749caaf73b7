namespace Strangler.Legacy.Eman.Tests.Http;

public sealed class EmanContractPostgresTests : EmanContractTests
{
    protected override Task<EmanStore> CreateStoreAsync() => EmanStore.PostgresAsync();
}

public sealed class EmanStatefulPostgresTests : EmanStatefulTests
{
    protected override Task<EmanStore> CreateStoreAsync() => EmanStore.PostgresAsync();
}
