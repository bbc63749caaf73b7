namespace Strangler.Facade.Routing.Accs;

/// <summary>The Cargo-IMP messages ACCS accepts (line 1 of accs.md): <c>FWB/16</c>, <c>FHL/5</c>, <c>FFM/8</c>.</summary>
public enum AccsMessageType
{
    Fwb,
    Fhl,
    Ffm,
}
