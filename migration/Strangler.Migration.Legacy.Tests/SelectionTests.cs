using Strangler.Contracts.CodeLists;

namespace Strangler.Migration.Legacy.Tests;

public sealed class SelectionTests
{
    [Fact]
    public void A_day_selection_includes_its_day_and_mode_only()
    {
        var selection = LegacySelection.Day(new DateOnly(2026, 3, 2), TransportMode.Maritime);

        Assert.True(selection.Includes(new DateOnly(2026, 3, 2), TransportMode.Maritime));
        Assert.False(selection.Includes(new DateOnly(2026, 3, 3), TransportMode.Maritime));
        Assert.False(selection.Includes(new DateOnly(2026, 3, 2), TransportMode.Air));
    }

    [Fact]
    public void A_selection_without_mode_includes_documents_of_any_mode_and_none()
    {
        var selection = new LegacySelection(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4));

        Assert.True(selection.Includes(new DateOnly(2026, 3, 4), TransportMode.Road));
        Assert.True(selection.Includes(new DateOnly(2026, 3, 3), null));
        Assert.False(selection.Includes(new DateOnly(2026, 3, 1), null));
    }
}
