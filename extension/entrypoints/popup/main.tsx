// Popup: the per-site switch and the sync state.
import { render } from 'preact'
import { PopupApp } from '../../components/popup/popup-app'

render(<PopupApp />, document.getElementById('app')!)
