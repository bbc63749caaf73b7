namespace Strangler.Core.Eman.Manifests;

/// <summary>A message's recorded answer: its ref, the hash of its normalised bytes, and its CUSRES text (UNH to UNT).</summary>
internal sealed class RecordedMessage
{
    public string MessageRef { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public string Answer { get; set; } = "";
}
