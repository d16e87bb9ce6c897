// The compiled translations (:/i18n/salesdesk_<lang>.qm) are attached to this library as a resource.
namespace sd {
int translationsAnchor() { return 0; }
} // namespace sd
