using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.Testing;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison.Tests;

public sealed class NeverThrowsProperties
{
    private static readonly int[] Statuses = [200, 201, 400, 404, 500];

    private static readonly byte[][] Answers =
    [
        .. SampleAnswers.Files.Select(f => SampleAnswers.Answer((string)f[0], AnswerStamp.Legacy)),
        .. SampleAnswers.Files.Select(f => SampleAnswers.Answer((string)f[0], AnswerStamp.NewCore)),
    ];

    private static readonly Gen<byte[]> RandomBytes =
        from length in Gen.Choose(0, 300)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select bytes;

    // A sample answer with a few bytes replaced, inserted or deleted; inserted bytes favour the syntaxes' own characters.
    private static readonly Gen<byte[]> MutatedAnswer =
        from original in Gen.Elements(Answers)
        from count in Gen.Choose(1, 4)
        from edits in Gen.ListOf(
            from kind in Gen.Choose(0, 2)
            from at in Gen.Choose(0, int.MaxValue)
            from value in Gen.Elements("+:'?\n\r/<>&\"= AZ09\u00e9"u8.ToArray()).Or(Gen.Choose(0, 255).Select(b => (byte)b))
            select (kind, at, value), count)
        select ByteEdits.Apply(original, edits);

    private static readonly Gen<(byte[] Primary, byte[] Secondary, int Status)> Pairs =
        from primary in RandomBytes.Or(MutatedAnswer)
        from secondary in RandomBytes.Or(MutatedAnswer).Or(Gen.Constant(primary))
        from status in Gen.Elements(Statuses)
        select (primary, secondary, status);

    [Property(MaxTest = 300)]
    public Property Random_bytes_never_throw_for_any_interface() =>
        Prop.ForAll(RandomBytes.ToArbitrary(), RandomBytes.ToArbitrary(), (primary, secondary) =>
            ContractInterfaces.All.All(i => AnswerComparer.Compare(i, 200, primary, 200, secondary).Differences.Count <= AnswerComparer.MaxDifferences + 1));

    [Property(MaxTest = 500)]
    public Property Any_body_compared_with_itself_is_equal() =>
        Prop.ForAll(RandomBytes.Or(MutatedAnswer).ToArbitrary(), body =>
            ContractInterfaces.All.All(i => AnswerComparer.Compare(i, 200, body, 200, body.ToArray()).Verdict == ComparisonVerdict.Equal));

    [Property(MaxTest = 500)]
    public Property The_verdict_does_not_depend_on_which_side_is_primary() =>
        Prop.ForAll(Pairs.ToArbitrary(), pair =>
            ContractInterfaces.All.All(i =>
                AnswerComparer.Compare(i, pair.Status, pair.Primary, pair.Status, pair.Secondary).Verdict ==
                AnswerComparer.Compare(i, pair.Status, pair.Secondary, pair.Status, pair.Primary).Verdict));
}
