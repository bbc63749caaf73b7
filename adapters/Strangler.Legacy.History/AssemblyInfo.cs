namespace Strangler.Legacy.History;
