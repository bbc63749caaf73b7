using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Testing;

namespace Strangler.Core.Tests;

/// <summary>
/// Every kind of reference the core issues reads back (with the facade's parser) as issued by the new core, in its
/// contract format, starting at the first value of the new-core block.
/// </summary>
public abstract class CoreReferenceTests(CoreServer server)
{
    [Fact]
    public async Task Every_reference_kind_is_in_its_format_and_in_the_new_core_block()
    {
        var references = server.Services.GetRequiredService<CoreReferences>();
        var at = new DateTimeOffset(2031, 1, 2, 0, 0, 0, TimeSpan.FromHours(8)); // a day no other test uses: first values
        var issued = new (string Text, ReferenceKind Kind, long FirstSequence)[]
        {
            (await references.NextTdecNumberAsync(TransportMode.Maritime, at), ReferenceKind.TdecNumber, 5_000_000),
            (await references.NextEmanRefAsync(TransportMode.Air, at), ReferenceKind.EmanRef, 5_000_000),
            (await references.NextCcrnAsync(at), ReferenceKind.Ccrn, 50_000_000),
            (await references.NextBundleRefAsync(at), ReferenceKind.BundleRef, 50_000_000),
            (await references.NextAccsReceiptAsync(at), ReferenceKind.AccsReceipt, 500_000_000),
        };

        foreach (var (text, kind, first) in issued)
        {
            Assert.True(ReferenceNumber.TryParse(text, out var parsed), text);
            Assert.Equal(kind, parsed!.Kind);
            Assert.Equal(IssuerBlock.NewCore, parsed.Issuer);
            Assert.Equal(new DateOnly(2031, 1, 2), parsed.IssueDate);
            Assert.Equal(first, parsed.Sequence);
        }

        Assert.Equal("TD13101025000000", issued[0].Text);
        Assert.Equal("EM43101025000000", issued[1].Text);
        var second = await references.NextTdecNumberAsync(TransportMode.Maritime, at);
        Assert.Equal("TD13101025000001", second);
        Assert.Equal("TD23101025000000", await references.NextTdecNumberAsync(TransportMode.Rail, at)); // per mode

        var answerRef = await references.NextAnswerInterchangeRefAsync("gets");
        Assert.True(ReferenceNumber.TryParse(answerRef, out var answer));
        Assert.Equal(ReferenceKind.AnswerInterchangeRef, answer!.Kind);
        Assert.Equal(IssuerBlock.NewCore, answer.Issuer);
    }
}

public sealed class SqliteCoreReferenceTests(SqliteWholeCore server) : CoreReferenceTests(server), IClassFixture<SqliteWholeCore>;

public sealed class PostgresCoreReferenceTests(PostgresWholeCore server) : CoreReferenceTests(server), IClassFixture<PostgresWholeCore>;
