using Strangler.Contracts.CodeLists;

namespace Strangler.Legacy.Gets.Store;

/// <summary>The names of the GETS sequences (rows of GTS_SEQUENCES).</summary>
internal static class GetsSequences
{
    public const string DeclarationId = "DECLARATION_ID";
    public const string QueueId = "QUEUE_ID";

    /// <summary>The answer interchange ref: one sequence per interface that never restarts.</summary>
    public const string AnswerRef = "ANSWER_REF";

    /// <summary>TDEC numbers: per mode, restarting every Hong Kong day.</summary>
    public static string Tdec(TransportMode mode) => "TDEC_" + mode.Code();
}
