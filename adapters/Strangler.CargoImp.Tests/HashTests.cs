using System.Security.Cryptography;
using System.Text;

namespace Strangler.CargoImp.Tests;

public sealed class HashTests
{
    [Theory]
    [InlineData("FWB/16\r\nX\r\n", "FWB/16\r\nX\r\n")]
    [InlineData("FWB/16\nX\n", "FWB/16\r\nX\r\n")]
    [InlineData("FWB/16\r\nX", "FWB/16\r\nX\r\n")]
    [InlineData("\uFEFFFWB/16\nX", "FWB/16\r\nX\r\n")]
    [InlineData("FWB/16 \r\nX\r\n\r\n", "FWB/16 \r\nX\r\n\r\n")]
    [InlineData("A\rB", "A\rB\r\n")]
    [InlineData("", "\r\n")]
    public void Hash_input_only_normalises_line_feeds_bom_and_the_final_crlf(string body, string hashed)
    {
        Assert.Equal(Encoding.UTF8.GetBytes(hashed), CargoImpHash.Normalise(Encoding.UTF8.GetBytes(body)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed))), CargoImpHash.ComputeHex(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Lf_and_crlf_versions_of_a_message_have_the_same_identity() =>
        Assert.Equal(
            CargoImpHash.ComputeHex("FWB/16\r\nA\r\n"u8),
            CargoImpHash.ComputeHex("FWB/16\nA"u8));
}
