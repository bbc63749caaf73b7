namespace Strangler.CargoImp;

/// <summary>A decoded Cargo-IMP message of the ACCS subset: <see cref="Fwb.FwbMessage"/>, <see cref="Fhl.FhlMessage"/> or <see cref="Ffm.FfmMessage"/>.</summary>
public abstract record CargoImpMessage
{
    public abstract CargoImpMessageType Type { get; }
}
