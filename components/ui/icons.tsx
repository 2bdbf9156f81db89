import { Icon, type IconProps } from "@/components/ui/icon";

export function LockIcon({ size = 14, ...props }: IconProps) {
  return (
    <Icon size={size} {...props}>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </Icon>
  );
}

export function ClockIcon({ size = 14, ...props }: IconProps) {
  return (
    <Icon size={size} {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </Icon>
  );
}

export function PaperclipIcon({ size = 14, ...props }: IconProps) {
  return (
    <Icon size={size} {...props}>
      <path d="M21 11.5 12.5 20a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L10.2 17.7a1.7 1.7 0 0 1-2.4-2.4L15.5 7.6" />
    </Icon>
  );
}

export function MenuIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 6h16M4 12h16M4 18h16" />
    </Icon>
  );
}

export function BellIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </Icon>
  );
}

/** A filled triangle pointing down: an open section (rotate it for a closed one). */
export function DisclosureIcon({ size = 12, ...props }: IconProps) {
  return (
    <Icon size={size} filled viewBox="0 0 20 20" {...props}>
      <path d="M5 7l5 6 5-6z" />
    </Icon>
  );
}
