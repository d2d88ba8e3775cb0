import { Prompt } from "@medusajs/ui"

type Props = {
  open: boolean
  title: string
  description: string
  confirmText: string
  onConfirm: () => void
  onCancel: () => void
}

/**
 * "Are you sure?" rendered inside the drawer that asks for it, so the drawer and the
 * question stay one stack of dialogs (usePrompt mounts a separate React root, which a
 * modal drawer treats as outside and fights over focus).
 */
export function ConfirmPrompt({ open, title, description, confirmText, onConfirm, onCancel }: Props) {
  return (
    <Prompt open={open} variant="confirmation" onOpenChange={(next) => !next && onCancel()}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel onClick={onCancel}>Quay lại</Prompt.Cancel>
          <Prompt.Action onClick={onConfirm}>{confirmText}</Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
