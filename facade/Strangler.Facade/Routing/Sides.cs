namespace Strangler.Facade.Routing;

public static class Sides
{
    public static Side Other(this Side side) => side == Side.Legacy ? Side.Core : Side.Legacy;

    public static string Name(this Side side) => side == Side.Legacy ? "legacy" : "core";
}
