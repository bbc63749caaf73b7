namespace Strangler.Facade.ControlPlane;

public enum ControlPlaneProvider
{
    Sqlite,
    Postgres,
}
