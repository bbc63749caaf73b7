using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Tests;

public sealed class ChunkTests
{
    [Fact]
    public void A_chunk_is_named_by_unit_interface_and_day()
    {
        Assert.Equal("sea-gets-20260302", new BackfillChunk(CutoverUnit.Sea, SourceInterface.Gets, new DateOnly(2026, 3, 2)).Id);
    }
}
