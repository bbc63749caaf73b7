using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Routing.Tests.Ownership;

public sealed class StickyBucketTests
{
    // FNV-1a 32-bit over UTF-8, mod 100, computed independently of this code.
    [Theory]
    [InlineData("", 61)]
    [InlineData("a", 20)]
    [InlineData("test-tradelink", 74)]
    [InlineData("C261126000000013", 88)]
    [InlineData("TD32611260000042", 82)]
    [InlineData("160-12345675", 82)]
    [InlineData("香港", 48)]
    public void A_key_always_falls_in_the_same_bucket(string key, int bucket) => Assert.Equal(bucket, StickyBucket.Of(key));

    [Fact]
    public void Ten_thousand_keys_spread_over_every_bucket_roughly_evenly()
    {
        var counts = new int[100];
        for (var i = 0; i < 10_000; i++)
        {
            counts[StickyBucket.Of($"key-{i}")]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 50, 150));
    }

    [Fact]
    public void A_lone_surrogate_hashes_as_the_replacement_character() =>
        Assert.Equal(StickyBucket.Of("\uFFFD"), StickyBucket.Of("\uD800"));
}
