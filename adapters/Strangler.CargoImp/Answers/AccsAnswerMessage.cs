namespace Strangler.CargoImp.Answers;

/// <summary>An FMA (accepted, with its receipt number) or FNA (error code and text) read back, with the echoed lines.</summary>
public sealed record AccsAnswerMessage(bool IsAccepted, string? ReceiptNumber, string? ErrorCode, string? ErrorText, EquatableList<string> Echo);
