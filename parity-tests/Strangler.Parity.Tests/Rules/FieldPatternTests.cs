using Strangler.Parity.Rules;

namespace Strangler.Parity.Tests.Rules;

public sealed class FieldPatternTests
{
    [Theory]
    [InlineData("CUSRES[*].DTM+182", "CUSRES[M1].DTM+182", true)]
    [InlineData("CUSRES[*].DTM+182", "CUSRES[M1].DTM+137", false)]
    [InlineData("CUSRES[*].ERC*", "CUSRES[M1].ERC[2]", true)]
    [InlineData("CUSRES[*].*", "UNZ.1", false)]
    [InlineData("*", "UNZ.1", true)]
    [InlineData("line 3", "line 3", true)]
    [InlineData("line 3", "entry 1 line 3", false)]
    [InlineData("entry * line 3", "entry 12 line 3", true)]
    [InlineData("entry * line 3", "entry 12 line 4", false)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    [InlineData("MOA+161", "moa+161", false)]
    public void A_star_matches_any_run_and_everything_else_only_itself(string pattern, string field, bool expected) =>
        Assert.Equal(expected, FieldPattern.Matches(pattern, field));

    [Theory]
    [InlineData("CUSRES[M1].ERC[2]", "CUSRES[M1]")]
    [InlineData("CUSRES[1].GIS", "CUSRES[1]")]
    [InlineData("entry 2 line 3", "entry 2")]
    [InlineData("UNZ.1", "")]
    [InlineData("line 3", "")]
    [InlineData("AciRecord/Articles/Article[2]/Description", "")]
    public void A_field_belongs_to_its_message_or_to_the_whole_answer(string field, string scope) =>
        Assert.Equal(scope, FieldPattern.MessageScope(field));
}
