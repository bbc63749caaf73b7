using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Eman.Notices;

/// <summary>
/// Issues the release vouchers whose examination has completed, lazily by clock: before any request
/// is handled (so a fake clock gives deterministic feeds) and from <see cref="ReleaseService"/>. A
/// voucher is issued at its detention notice's due time, lists the same CNI lines, and goes to the
/// same key's feed; each detention notice is released once, however many workers race for it.
/// </summary>
internal sealed class ReleaseIssuer(LegacyDatabase database, NoticeStore notices)
{
    public async Task<int> IssueDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await database.ReadAsync(c => NoticeStore.DueReleasesAsync(c, now), cancellationToken);
        var issued = 0;
        foreach (var detention in due)
        {
            var released = await database.WriteAsync(async (c, tx) =>
            {
                if (!await NoticeStore.TryMarkReleasedAsync(c, tx, detention.NoticeId))
                {
                    return false;
                }

                var lines = await NoticeStore.LinesAsync(c, tx, detention.NoticeId);
                await notices.IssueAsync(c, tx, new NewNotice(
                    detention.ClientKey, detention.ManifestId, detention.EmanRef, NoticeStore.Release,
                    detention.ReleaseDueAt, null, detention.NoticeId), lines);
                return true;
            }, cancellationToken);
            issued += released ? 1 : 0;
        }

        return issued;
    }
}
