using Strangler.Contracts.Checking;

namespace Strangler.CargoImp;

/// <summary>
/// The outcome of decoding one Cargo-IMP body: the message type when line 1 named one, the message
/// when every stateless check passed, otherwise the first failure (ACCS answers only that one).
/// </summary>
public sealed record CargoImpDecodeResult(CargoImpMessageType? Type, CargoImpMessage? Message, ContractError? Error)
{
    public bool IsAccepted => Error is null;
}
