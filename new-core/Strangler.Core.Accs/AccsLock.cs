namespace Strangler.Core.Accs;

/// <summary>
/// The one lock key of every ACCS state change: an air waybill is shared by airline and terminal keys and a release is
/// due for any of them, so check-then-write (A015, A020, codes, cursors, the request log) is serialised per process.
/// </summary>
internal static class AccsLock
{
    public const string Key = "accs";
}
